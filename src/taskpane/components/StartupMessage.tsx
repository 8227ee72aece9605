import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from '@fluentui/react-components';

/** Shown instead of the pane when no spreadsheet host is there to work on (a plain browser tab). */
export function StartupMessage({ title, detail }: { title: string; detail: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main lang="zh-CN" style={{ padding: 12 }}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {detail}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
