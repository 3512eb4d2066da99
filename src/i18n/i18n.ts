// UI strings (content/locales/<lang>.json). Keys are typed from the English file, which is
// complete; another language falls back to English key by key.
import en from '../../content/locales/en.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
export type Messages = Partial<Record<MessageKey, string>>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function createTranslate(messages: Messages = {}): Translate {
  return (key, params = {}) => {
    const template = messages[key] ?? en[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export const translateEn = createTranslate();
