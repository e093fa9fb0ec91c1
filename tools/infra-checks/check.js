#!/usr/bin/env node
'use strict';

// Offline checks of the deployment files, called by tests/Collaboration.Operations.Tests.
//
// Usage:
//   node check.js dockerfiles FILE...   lint with dockerfile-utils; every diagnostic (warning or error) counts
//   node check.js agents-yml FILE...    validate m365agents*.yml against the YAML schema the toolkit CLI ships for the
//                                       file's "version" (the same schema the VS Code extension loads from aka.ms)
//
// Prints one JSON report on stdout: { valid, files: [{ file, problems: [string] }] }.
// Exit code: 0 all files are clean, 1 at least one is not, 2 the input could not be read.

const fs = require('fs');
const path = require('path');
const { validate: lintDockerfile } = require('dockerfile-utils');
const YAML = require('yaml');
const Ajv = require('ajv');

const SCHEMA_ROOT = path.join(
    path.dirname(require.resolve('@microsoft/m365agentstoolkit-cli/package.json')), 'resource', 'yaml-schema');

function dockerfileProblems(file) {
    const text = fs.readFileSync(file, 'utf8');
    return lintDockerfile(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
}

function agentsYmlProblems(file) {
    const text = fs.readFileSync(file, 'utf8');
    const document = YAML.parseDocument(text);
    if (document.errors.length > 0) {
        return document.errors.map((e) => `YAML: ${e.message}`);
    }
    const project = document.toJS();
    const version = project && project.version;
    const schemaFile = path.join(SCHEMA_ROOT, String(version), 'yaml.schema.json');
    if (!fs.existsSync(schemaFile)) {
        return [`the toolkit CLI ships no schema for version "${version}" (looked for ${schemaFile})`];
    }
    const problems = [];
    // The editor's schema comment must name the same version, or VS Code checks against another schema.
    const comment = /\$schema=\S*\/(v[\d.]+)\/yaml\.schema\.json/.exec(text);
    if (!comment || comment[1] !== version) {
        problems.push(`the yaml-language-server $schema comment must name ${version}`);
    }
    const ajv = new Ajv({ allErrors: true, strict: false });
    const check = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    if (!check(project)) {
        problems.push(...check.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
    }
    return problems;
}

const kinds = { dockerfiles: dockerfileProblems, 'agents-yml': agentsYmlProblems };
const [kind, ...files] = process.argv.slice(2);
if (!kinds[kind] || files.length === 0) {
    console.error('usage: node check.js dockerfiles|agents-yml FILE...');
    process.exit(2);
}

let report;
try {
    report = files.map((file) => ({ file, problems: kinds[kind](file) }));
} catch (error) {
    console.error(String(error));
    process.exit(2);
}
const valid = report.every((r) => r.problems.length === 0);
console.log(JSON.stringify({ valid, files: report }, null, 2));
process.exit(valid ? 0 : 1);
