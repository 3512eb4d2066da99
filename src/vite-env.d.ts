/// <reference types="vite/client" />

/** The app's version from package.json, for dossier files and the footer. */
declare const __APP_VERSION__: string;
