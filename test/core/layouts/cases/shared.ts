/** Small helpers shared by the layout case modules. */

export const clone = <T>(x: T): T => structuredClone(x);

/** A change that leaves the clean data as it is. */
export const same = () => undefined;
