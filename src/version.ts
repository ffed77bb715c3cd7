declare const __REVIEW_VERSION__: string | undefined;

/** Set at build time from package.json; tests running from source see the development marker. */
export const VERSION: string = typeof __REVIEW_VERSION__ === 'string' ? __REVIEW_VERSION__ : '0.0.0-dev';
