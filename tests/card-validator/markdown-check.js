#!/usr/bin/env node
'use strict';

// Checks that user- and template-supplied text forms no Markdown in a card: no link, image, emphasis, code, heading,
// quote, rule, list or HTML, and no Teams mention or HTML entity.
//
// Usage: node markdown-check.js < pairs.json
//   pairs.json: [{ "name": "...", "benign": <card>, "hostile": <card> }, ...]: the same factory call rendered once
//   with plain words in every user/template field and once with a hostile text there.
// Prints { valid, problems: [string] }. Exit code 0 clean, 1 problems, 2 unreadable input.
//
// How: Teams renders Markdown in TextBlock text and Fact title/value only ("Format cards in Teams"), so those
// fields are collected in document order from both cards (including table cells, containers, columns, fallbacks
// and show-card actions). Each is parsed with markdown-it, the parser the Adaptive Cards JS SDK itself uses for
// Markdown (AdaptiveCard.applyMarkdown calls markdownit().render), configured stricter than the SDK's default:
// raw HTML is recognised (so a tag that would form is seen) and bare URLs are linkified (as Teams clients do).
// The structure of each hostile field (every token but text, paragraphs and line breaks) must equal that of the
// benign field: the factory's own structure (a list the factory writes on purpose) is allowed, anything the
// hostile text adds is not. Mentions and entities are not Markdown, so they are matched in the raw text.

const fs = require('fs');
const path = require('path');
const MarkdownIt = require(path.join(__dirname, 'node_modules', 'markdown-it'));

const md = new MarkdownIt({ html: true, linkify: true, typographer: false });

// Bare domain names and e-mail addresses are left to the reader on purpose (see CardText); scheme URLs, "//" and
// "www." links are what a linkifier finds without any markup, and those must not form.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

const NEUTRAL = new Set(['text', 'inline', 'paragraph_open', 'paragraph_close', 'softbreak', 'hardbreak']);
const MENTION = /<\s*\/?\s*at\b/i;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
// linkify-it counts "www." among its fuzzy links, which stay off (above); Teams links it, so it is matched here.
const WWW = /(^|[^\p{L}\p{N}])www\./iu;

function markdownFields(node, out) {
    if (Array.isArray(node)) {
        node.forEach((child) => markdownFields(child, out));
        return out;
    }
    if (node === null || typeof node !== 'object') {
        return out;
    }
    if (node.type === 'TextBlock' && typeof node.text === 'string') {
        out.push({ where: 'TextBlock.text', text: node.text });
    }
    if (node.type === 'FactSet' && Array.isArray(node.facts)) {
        node.facts.forEach((fact) => {
            out.push({ where: 'Fact.title', text: String(fact.title ?? '') });
            out.push({ where: 'Fact.value', text: String(fact.value ?? '') });
        });
    }
    for (const [key, value] of Object.entries(node)) {
        if (key !== 'facts') {
            markdownFields(value, out);
        }
    }
    return out;
}

function structure(text) {
    const types = [];
    const walk = (tokens) => tokens.forEach((token) => {
        if (!NEUTRAL.has(token.type)) {
            types.push(token.type);
        }
        if (token.children) {
            walk(token.children);
        }
    });
    walk(md.parse(text, {}));
    return types;
}

function checkPair(pair) {
    const problems = [];
    const benign = markdownFields(pair.benign, []);
    const hostile = markdownFields(pair.hostile, []);
    if (benign.length !== hostile.length) {
        problems.push(`${pair.name}: ${hostile.length} Markdown fields with hostile text, ${benign.length} with plain text`);
        return problems;
    }
    hostile.forEach((field, i) => {
        const shown = JSON.stringify(field.text.length > 160 ? field.text.slice(0, 160) + '…' : field.text);
        const expected = structure(benign[i].text).join(' ');
        const actual = structure(field.text).join(' ');
        if (expected !== actual) {
            problems.push(`${pair.name}: ${field.where} #${i} forms Markdown [${actual}] where plain text has [${expected}]: ${shown}`);
        }
        if (MENTION.test(field.text)) {
            problems.push(`${pair.name}: ${field.where} #${i} forms a mention tag: ${shown}`);
        }
        if (WWW.test(field.text)) {
            problems.push(`${pair.name}: ${field.where} #${i} forms a www link: ${shown}`);
        }
        if (ENTITY.test(field.text)) {
            problems.push(`${pair.name}: ${field.where} #${i} forms an HTML entity: ${shown}`);
        }
    });
    return problems;
}

function main() {
    let pairs;
    try {
        pairs = JSON.parse(fs.readFileSync(0, 'utf8'));
    } catch (error) {
        process.stdout.write(JSON.stringify({ valid: false, error: String(error && error.message || error) }) + '\n');
        return 2;
    }
    const problems = pairs.flatMap(checkPair);
    process.stdout.write(JSON.stringify({ valid: problems.length === 0, problems }) + '\n');
    return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
