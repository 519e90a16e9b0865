/** Content-script side of the lazily injected card UI (see card-ui-entry.ts). */
import { CARD_UI_GLOBAL, type CardUiGlobal, type CardUiModule } from './card-ui-global';
import { sendToBackground } from './message-channel';

let loading: Promise<CardUiModule> | null = null;

function loaded(): CardUiModule | undefined {
  return (globalThis as CardUiGlobal)[CARD_UI_GLOBAL];
}

export function loadCardUi(): Promise<CardUiModule> {
  const present = loaded();
  if (present) return Promise.resolve(present);
  loading ??= sendToBackground('footnote:inject-card-ui', {}).then(() => {
    const module = loaded();
    if (!module) throw new Error('Footnote: the card UI did not load');
    return module;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
