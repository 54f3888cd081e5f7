#!/usr/bin/env node
// Validates rulesets/ruleset.schema.json (as a draft-07 schema) and every shipped
// rule set against it with ajv 6; also checks that each tests/schema/bad/*.json
// is rejected. Run: NODE_PATH=/usr/share/nodejs node tests/schema/validate_rulesets.js [repo]
'use strict';
const fs = require('fs');
const path = require('path');
const {fail, readJson, newAjv, addSchema, finish} = require('./schema_support');

const repo = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const rulesetDir = path.join(repo, 'rulesets');
const badDir = path.join(repo, 'tests', 'schema', 'bad');

const ajv = newAjv();
const validate = ajv.getSchema(addSchema(ajv, path.join(rulesetDir, 'ruleset.schema.json')));

const shipped = fs.readdirSync(rulesetDir).filter(f => f.endsWith('.json') && f !== 'ruleset.schema.json');
if (shipped.length === 0)
    fail('no rule set found in rulesets/');
for (const name of shipped.sort()) {
    const data = readJson(path.join(rulesetDir, name));
    if (data === undefined)
        continue;
    if (validate(data))
        console.log(`ok   rulesets/${name}`);
    else
        fail(`rulesets/${name}: ${ajv.errorsText(validate.errors, {separator: '\n  '})}`);
}

if (fs.existsSync(badDir)) {
    for (const name of fs.readdirSync(badDir).filter(f => f.endsWith('.json')).sort()) {
        const data = readJson(path.join(badDir, name));
        if (data === undefined)
            continue;
        if (validate(data))
            fail(`tests/schema/bad/${name}: accepted, should be rejected`);
        else
            console.log(`ok   tests/schema/bad/${name} rejected (${validate.errors[0].dataPath || '/'} ${validate.errors[0].message})`);
    }
}

finish();
