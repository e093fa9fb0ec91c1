#!/usr/bin/env node
'use strict';

// Validates a Teams app manifest and its localisation files against Microsoft's official JSON schemas, offline.
//
// Usage: node validate.js manifest.json [localisation.json ...]
//
// The schemas come from npm @microsoft/app-manifest (pinned in package.json), which ships every manifest version's
// MicrosoftTeams.schema.json and MicrosoftTeams.Localization.schema.json. The schema version is taken from the
// manifest's "manifestVersion", and the localisation files are checked against the localisation schema of that
// same version. @microsoft/teams-manifest's validateManifest would download the schema instead and fails offline.
//
// Prints one JSON report on stdout: { valid, files: [{ file, schema, errors: [string] }] }.
// Exit code: 0 every file is valid, 1 at least one is not, 2 the input could not be read or no schema fits.

const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const MANIFEST_SCHEMA = 'MicrosoftTeams.schema.json';
const LOCALISATION_SCHEMA = 'MicrosoftTeams.Localization.schema.json';

function readJson(file) {
    // Teams accepts UTF-8 with or without a byte order mark; JSON.parse does not.
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

function schemaFor(manifestVersion, fileName) {
    const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
    const file = path.join(SCHEMA_ROOT, folder, fileName);
    if (!fs.existsSync(file)) {
        throw new Error(`@microsoft/app-manifest ships no ${fileName} for manifestVersion "${manifestVersion}" (looked for ${file}).`);
    }
    return { file: path.relative(SCHEMA_ROOT, file), schema: readJson(file) };
}

// The localisation schemas (v1.20 and later) hold the pattern "activities.activityTypes\\[\\b(...)\\b]", whose lone "]"
// is legal in a plain JavaScript regular expression but not in a /u one, and AppManifestUtils compiles with Ajv's
// default unicodeRegExp: true, so it throws "Lone quantifier brackets" before looking at the file. The same engine
// with the same options as the package, minus unicodeRegExp, compiles Microsoft's schema unchanged.
function validateLocalisation(json, schema) {
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    const check = ajv.compile(schema);
    return check(json)
        ? []
        : check.errors.map((e) => `${e.instancePath} ${e.message || ''}. Details: ${e.params ? JSON.stringify(e.params) : ''}`);
}

async function validate(file, schemaName, manifestVersion) {
    const { file: schemaFile, schema } = schemaFor(manifestVersion, schemaName);
    const json = readJson(file);
    const errors = schemaName === LOCALISATION_SCHEMA
        ? validateLocalisation(json, schema)
        : await AppManifestUtils.validateAgainstSchema(json, schema);
    return { file, schema: schemaFile, errors };
}

async function main() {
    const [manifestFile, ...localisationFiles] = process.argv.slice(2);
    if (!manifestFile) {
        throw new Error('Usage: node validate.js manifest.json [localisation.json ...]');
    }
    const manifestVersion = readJson(manifestFile).manifestVersion;
    if (typeof manifestVersion !== 'string') {
        throw new Error(`${manifestFile} has no string "manifestVersion".`);
    }
    const files = [await validate(manifestFile, MANIFEST_SCHEMA, manifestVersion)];
    for (const file of localisationFiles) {
        files.push(await validate(file, LOCALISATION_SCHEMA, manifestVersion));
    }
    const valid = files.every((f) => f.errors.length === 0);
    process.stdout.write(JSON.stringify({ valid, files }, null, 2) + '\n');
    return valid ? 0 : 1;
}

main().then(
    (code) => { process.exitCode = code; },
    (error) => {
        process.stdout.write(JSON.stringify({ valid: false, error: String(error && error.message || error) }) + '\n');
        process.exitCode = 2;
    });
