// html-validate's settings for the built site (`dist/`), checked by tests/build/html.test.ts.
// Every rule of the recommended preset applies, except where noted with the reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows an id to start with a digit; ours do on purpose, so a round's timeline anchor
    // is its slug (`/#2022-03-29-istanbul`). "relaxed" still refuses empty ids and white space.
    'valid-id': ['error', { relaxed: true }],
    // Article pages are titled with the outlet's own headline, which can be long.
    'long-title': 'off',
  },
};
