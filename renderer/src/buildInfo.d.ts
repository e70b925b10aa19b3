// Values the Vite build puts into the renderer bundle (see vite.config.ts `define`).

/** The app version from package.json. */
declare const __APP_VERSION__: string;
