#!/usr/bin/env node
'use strict';

// Validates Adaptive Card JSON with Microsoft's Adaptive Cards JS SDK (npm adaptivecards, pinned in package.json).
//
// Usage:
//   node validate.js card1.json [card2.json ...]   each file holds one card or a JSON array of cards
//   node validate.js < cards.json                  stdin holds one card or a JSON array of cards
//
// Prints one JSON report on stdout: { valid, cards: [{ index, origin, issues: [{ phase, event, message, source }] }] }.
// Exit code: 0 every card is clean, 1 at least one card has an issue, 2 the input could not be read at all.
//
// The SDK is loaded from dist/adaptivecards.js on purpose: it is a self-contained bundle that parses in plain
// Node without a DOM, whereas the lib/ ES modules do not resolve under Node 20. Parsing and validateProperties()
// never touch `document`; only rendering would.

const fs = require('fs');
const path = require('path');
const AC = require(path.join(__dirname, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'));

// Teams renders schema 1.5 at most; the SDK itself accepts 1.6, so the harness enforces the lower bound itself.
const TEAMS_MAX_VERSION = AC.Versions.v1_5;

// Why charts are registered rather than ignored or stripped:
// Teams' native charts (Chart.*) are not part of the JS SDK. Left unknown, the SDK reports every chart as
// "Unknown element type" and silently renders its fallback, so a card with a correct chart would fail and a card
// whose chart is malformed could not be told apart from one that is right. Registering the chart types as known
// elements lets the SDK validate the rest of the card as usual, while ChartElement below checks what we rely on:
// the data items carry the fields Microsoft documents for that chart (bar charts: x and numeric y; pie/donut:
// legend and numeric value), and there is a fallback element (or "drop") for hosts that cannot draw charts.
// The SDK never parses the fallback of an element it knows, so ChartElement parses and validates it itself;
// an unknown type or a bad property inside the fallback is therefore still reported.
const CHART_DATA_SHAPES = {
    'Chart.HorizontalBar': { label: 'x', labelTypes: ['string'], value: 'y' },
    'Chart.VerticalBar': { label: 'x', labelTypes: ['string', 'number'], value: 'y' },
    'Chart.Pie': { label: 'legend', labelTypes: ['string'], value: 'value' },
    'Chart.Donut': { label: 'legend', labelTypes: ['string'], value: 'value' },
};

function defineChartElement(typeName, shape) {
    return class ChartElement extends AC.CardElement {
        getJsonTypeName() {
            return typeName;
        }

        internalRender() {
            // Validation only: nothing is drawn.
            return undefined;
        }

        internalParse(source, context) {
            super.internalParse(source, context);
            this.checkData(source.data, context);
            this.parseFallback(source.fallback, context);
        }

        checkData(data, context) {
            const invalid = AC.ValidationEvent.InvalidPropertyValue;
            if (!Array.isArray(data) || data.length === 0) {
                context.logParseEvent(this, AC.ValidationEvent.CollectionCantBeEmpty,
                    `${typeName}: "data" must be a non-empty array.`);
                return;
            }
            data.forEach((item, i) => {
                if (item === null || typeof item !== 'object' || Array.isArray(item)) {
                    context.logParseEvent(this, invalid, `${typeName}: data[${i}] must be an object.`);
                    return;
                }
                if (!shape.labelTypes.includes(typeof item[shape.label])) {
                    context.logParseEvent(this, invalid,
                        `${typeName}: data[${i}].${shape.label} must be of type ${shape.labelTypes.join(' or ')}.`);
                }
                if (typeof item[shape.value] !== 'number' || !Number.isFinite(item[shape.value])) {
                    context.logParseEvent(this, invalid, `${typeName}: data[${i}].${shape.value} must be a number.`);
                }
                if (item.color !== undefined && typeof item.color !== 'string') {
                    context.logParseEvent(this, invalid, `${typeName}: data[${i}].color must be a string.`);
                }
            });
        }

        parseFallback(fallback, context) {
            this.fallbackElement = undefined;
            if (typeof fallback === 'string' && fallback.toLowerCase() === 'drop') {
                return;
            }
            if (fallback === null || typeof fallback !== 'object' || Array.isArray(fallback)) {
                context.logParseEvent(this, AC.ValidationEvent.PropertyCantBeNull,
                    `${typeName}: a chart needs a "fallback" element (or "drop") for hosts that do not render charts.`);
                return;
            }
            this.fallbackElement = context.parseElement(this, fallback, [], false);
            if (this.fallbackElement === undefined) {
                context.logParseEvent(this, AC.ValidationEvent.InvalidPropertyValue,
                    `${typeName}: the fallback could not be parsed as an element.`);
            }
        }

        internalValidateProperties(results) {
            super.internalValidateProperties(results);
            if (this.fallbackElement) {
                this.fallbackElement.internalValidateProperties(results);
            }
        }
    };
}

for (const [typeName, shape] of Object.entries(CHART_DATA_SHAPES)) {
    AC.GlobalRegistry.elements.register(typeName, defineChartElement(typeName, shape), AC.Versions.v1_5);
}

// The SDK 3.0.6 checks "lang" with a shared regular expression that carries the /g flag, so exec() keeps its
// lastIndex between calls: the second valid "lang" it sees (in the same card or the next one of a batch) is
// reported as invalid. The same pattern without /g checks the same thing without that state.
{
    const langRegEx = AC.CardElement.langProperty.regEx;
    AC.CardElement.langProperty.regEx = new RegExp(langRegEx.source, langRegEx.flags.replace('g', ''));
}

function eventName(code) {
    return AC.ValidationEvent[code] ?? String(code);
}

function sourceName(source) {
    return source && typeof source.getJsonTypeName === 'function' ? source.getJsonTypeName() : null;
}

function validateCard(json) {
    const issues = [];
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        issues.push({ phase: 'input', event: 'NotAnObject', message: 'A card must be a JSON object.', source: null });
        return issues;
    }
    if (json.type !== 'AdaptiveCard') {
        issues.push({ phase: 'input', event: 'MissingCardType', message: 'The root "type" must be "AdaptiveCard".', source: null });
    }
    const version = AC.Version.parse(json.version, new AC.SerializationContext());
    if (!version || !version.isValid) {
        issues.push({ phase: 'input', event: 'UnsupportedCardVersion', message: `Invalid card version "${json.version}".`, source: null });
    } else if (version.compareTo(TEAMS_MAX_VERSION) > 0) {
        issues.push({
            phase: 'input', event: 'UnsupportedCardVersion',
            message: `Card version ${version.toString()} is above ${TEAMS_MAX_VERSION.toString()}, the highest Teams renders.`, source: null,
        });
    }

    const context = new AC.SerializationContext();
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        issues.push({ phase: 'parse', event: eventName(e.event), message: e.message, source: sourceName(e.source) });
    }
    for (const e of card.validateProperties().validationEvents) {
        issues.push({ phase: 'validation', event: eventName(e.event), message: e.message, source: sourceName(e.source) });
    }
    return issues;
}

function readCards() {
    const files = process.argv.slice(2);
    const inputs = files.length > 0
        ? files.map((file) => ({ origin: file, text: fs.readFileSync(file, 'utf8') }))
        : [{ origin: 'stdin', text: fs.readFileSync(0, 'utf8') }];
    const cards = [];
    for (const { origin, text } of inputs) {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed)) {
            parsed.forEach((card, i) => cards.push({ origin: `${origin}[${i}]`, card }));
        } else {
            cards.push({ origin, card: parsed });
        }
    }
    return cards;
}

function main() {
    let cards;
    try {
        cards = readCards();
    } catch (error) {
        process.stdout.write(JSON.stringify({ valid: false, error: String(error && error.message || error) }) + '\n');
        return 2;
    }
    const results = cards.map(({ origin, card }, index) => ({ index, origin, issues: validateCard(card) }));
    const valid = results.every((r) => r.issues.length === 0);
    process.stdout.write(JSON.stringify({ valid, cards: results }, null, 2) + '\n');
    return valid ? 0 : 1;
}

process.exitCode = main();
