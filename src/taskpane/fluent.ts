/** Registers the Fluent web components the pane uses, with Office's light theme. Only these are bundled. */
import {
  Button,
  ButtonDefinition,
  MessageBar,
  MessageBarDefinition,
  ProgressBar,
  ProgressBarDefinition,
  setTheme,
  Spinner,
  SpinnerDefinition,
  ToggleButton,
  ToggleButtonDefinition,
} from '@fluentui/web-components';
import { webLightTheme } from '@fluentui/tokens';
import { PANE_CSS } from './view/styles';

let registered = false;

export function installFluent(): void {
  if (registered) return;
  registered = true;
  setTheme(webLightTheme);
  Button.define(ButtonDefinition);
  ToggleButton.define(ToggleButtonDefinition);
  ProgressBar.define(ProgressBarDefinition);
  Spinner.define(SpinnerDefinition);
  MessageBar.define(MessageBarDefinition);
  const style = document.createElement('style');
  style.textContent = PANE_CSS;
  document.head.appendChild(style);
}
