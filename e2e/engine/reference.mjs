// The form-engine reference of `make bench`: the check's start page and first two questions for
// an official, built with SurveyJS (survey-core and its standalone UI, survey-js-ui, with their
// default theme), the generic form engine the target is measured against. The texts are
// the app's own, captured by the bench from the running check; the pages are static files served
// by the bench's server, like the static reference. Its packages are in this folder's
// package.json, installed by `make bench` only (scripts/setup.sh bench), not by `make test`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const modules = new URL('node_modules/', import.meta.url).pathname;

// The packages' own built files, copied as they are. The default theme's sheet without its web
// font (survey-core.fontless.min.css): the other one loads Open Sans from a font service, which
// the bench's CSP and its offline machine would refuse, and the check and the static reference
// use the system's fonts too. Under the bench's CSP (e2e/serve.mjs) it runs as it is: the one
// thing refused is an inline style in its icon sprite (the timer's, which these pages do not show).
const FILES = {
  'survey.core.min.js': 'survey-core/survey.core.min.js',
  'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
  'survey-core.min.css': 'survey-core/survey-core.fontless.min.css',
};

// SurveyJS's own markup, as moments() in bench.mjs looks for it (the app's selectors there):
// a radio input has the name `<question>_<id>` and is visually hidden behind its label, which is
// what a visitor clicks; a question's heading is its title; the start page's button is
// "Start", the others' "Next" (here "Start de check" and "Verder").
export const SELECTORS = {
  role: '.sd-question[data-name="role"] input[type="radio"]',
  official: '.sd-question[data-name="role"] .sd-item:has(input[value="official"]) label',
  question: '.sd-question[data-name^="q-"] .sd-question__title',
  option: '.sd-question[data-name^="q-"] .sd-item label',
  submit: '.sd-navigation__start-btn, .sd-navigation__next-btn, .sd-navigation__complete-btn',
};

// The installed version of SurveyJS, or null when this folder's packages are not installed.
export function engineVersion() {
  const file = `${modules}survey-core/package.json`;
  if (!existsSync(file) || !existsSync(`${modules}survey-js-ui/package.json`)) return null;
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

// Writes the reference into dir: index.html, survey.js (the survey's JSON and the two lines that
// render it) and the packages' files. texts: what bench.mjs captured from the check:
// { site, title, intro (HTML), role: { legend, choices: [{ value, text }] }, plan: { label, hint },
//   start, next, back, questions: [{ name, title, help, choices: [{ value, text }] }] }.
export function writeEngineReference(dir, texts, favicon) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [to, from] of Object.entries(FILES)) copyFileSync(`${modules}${from}`, `${dir}/${to}`);
  writeFileSync(`${dir}/favicon.svg`, favicon);
  const choices = (cs) => cs.map(({ value, text }) => ({ value, text }));
  const json = {
    title: texts.site,
    showQuestionNumbers: 'off',
    // The start page, as the check's: its heading and introduction, the role and the plan's name
    // (SurveyJS has no hint per choice: the role's hints are left out).
    firstPageIsStartPage: true,
    startSurveyText: texts.start,
    pageNextText: texts.next,
    pagePrevText: texts.back,
    completeText: texts.next,
    pages: [
      {
        name: 'start',
        elements: [
          { type: 'html', name: 'intro', html: `<h1>${texts.title}</h1>${texts.intro}` },
          { type: 'radiogroup', name: 'role', title: texts.role.legend, choices: choices(texts.role.choices) },
          { type: 'text', name: 'title', title: texts.plan.label, description: texts.plan.hint, maxLength: 120 },
        ],
      },
      // One page per question, as the check: its help text as the question's description.
      ...texts.questions.map((q) => ({
        name: q.name,
        elements: [{ type: 'radiogroup', name: q.name, title: q.title, description: q.help, choices: choices(q.choices) }],
      })),
    ],
  };
  writeFileSync(`${dir}/survey.js`, `const survey = new Survey.Model(${JSON.stringify(json)});\nsurvey.render(document.getElementById('survey'));\n`);
  writeFileSync(`${dir}/index.html`, `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${texts.site}</title><link rel="icon" href="favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="survey-core.min.css"><script src="survey.core.min.js" defer></script><script src="survey-js-ui.min.js" defer></script><script src="survey.js" defer></script></head><body><div id="survey"></div></body></html>\n`);
}
