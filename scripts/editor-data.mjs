// Editor support generated from custom-elements.json (`npm run manifest` runs it after the analyzer):
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (`html.customData` setting)
//   dist/web-types.json                JetBrains web-types (found through package.json's `web-types`)
// Internal elements are left out: pages never write them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** `'light' | 'dark' | undefined` → ['light', 'dark']; anything that is not a union of string literals → []. */
function literalValues(typeText = '') {
  // `undefined` and `null` mean "unset", not a value to offer.
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

function publicElements(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.tagName && !declaration.internal);
}

const describe = (declaration) => declaration.summary ?? declaration.description ?? '';
const publicFields = (declaration) =>
  (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.privacy && member.description,
  );

function vsCodeData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map(({ declaration }) => ({
      name: declaration.tagName,
      description: describe(declaration),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: [attribute.description, attribute.default && `Default: ${attribute.default}`]
            .filter(Boolean)
            .join(' '),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

function webTypes(elements, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map(({ module, declaration }) => ({
          name: declaration.tagName,
          description: describe(declaration),
          source: { module: `./${module.path}`, symbol: declaration.name },
          attributes: (declaration.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description,
              ...(attribute.default ? { default: attribute.default } : {}),
              value:
                attribute.type?.text === 'boolean'
                  ? { type: 'boolean', required: false }
                  : {
                      type: values.length
                        ? values.map((value) => `'${value}'`)
                        : (attribute.type?.text ?? 'string'),
                    },
            };
          }),
          js: {
            properties: publicFields(declaration).map((field) => ({
              name: field.name,
              description: field.description,
              ...(field.type?.text ? { type: field.type.text } : {}),
            })),
            events: (declaration.events ?? []).map((event) => ({
              name: event.name,
              description: event.description,
            })),
          },
          css: {
            properties: (declaration.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: [property.description, property.default && `Default: \`${property.default}\``]
                .filter(Boolean)
                .join(' '),
            })),
            parts: (declaration.cssParts ?? []).map((part) => ({
              name: part.name,
              description: part.description,
            })),
          },
        })),
      },
    },
  };
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = publicElements(manifest);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vsCodeData(elements), null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`);
console.log(`dist/vscode.html-custom-data.json, dist/web-types.json: ${elements.length} elements`);
