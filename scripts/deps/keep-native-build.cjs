#!/usr/bin/env node
// Keeps better-sqlite3's compiled binary in prebuild-install's own cache, so the next `npm ci`
// on this machine unpacks it instead of compiling SQLite again (about 70 s on two cores).
//
// better-sqlite3 installs with `prebuild-install || node-gyp rebuild --release`. prebuild-install
// first looks for <npm cache>/_prebuilds/<digest>-<asset name> and only then downloads from
// GitHub, which this machine cannot reach; so every fresh clone compiled from source. After a
// compile, this script packs build/Release/better_sqlite3.node under that cache name, in the
// layout prebuild-install unpacks (`build/Release/…` inside a .tar.gz). prebuild-install then
// require()s the unpacked binary and falls back to compiling if it does not load, so a stale or
// foreign entry cannot break an install. The key carries the package version, Node ABI, platform
// and arch, so a change of any of them compiles afresh.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const packageDir = path.join(root, 'node_modules', 'better-sqlite3');
const binary = path.join(packageDir, 'build', 'Release', 'better_sqlite3.node');
if (!fs.existsSync(binary)) process.exit(0);

const fromPackage = (request) => require(require.resolve(request, { paths: [packageDir] }));
const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const rc = fromPackage('prebuild-install/rc')(pkg);
const util = fromPackage('prebuild-install/util');
const cached = util.cachedPrebuild(util.getDownloadUrl({ ...rc, pkg }));
if (fs.existsSync(cached)) process.exit(0);

fs.mkdirSync(path.dirname(cached), { recursive: true });
const temp = `${cached}.${process.pid}.tmp`;
execFileSync('tar', ['-czf', temp, '-C', packageDir, 'build/Release/better_sqlite3.node']);
fs.renameSync(temp, cached);
console.log(`› kept the compiled better-sqlite3 for the next install: ${cached}`);
