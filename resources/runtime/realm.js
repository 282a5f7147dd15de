// Run once in each new job realm: its built-in objects that no global name reaches, so the
// library can watch them too (see adoptRealm in prelude.js).
(function unnamedIntrinsics() {
  'use strict';
  const protoOf = Object.getPrototypeOf;
  return [
    protoOf(async function () {}),
    protoOf(function* () {}),
    protoOf(async function* () {}),
    protoOf(protoOf((function* () {})())),
    protoOf(protoOf((async function* () {})())),
    protoOf([][Symbol.iterator]()),
    protoOf(protoOf([][Symbol.iterator]())),
    protoOf(new Map()[Symbol.iterator]()),
    protoOf(new Set()[Symbol.iterator]()),
    protoOf(''[Symbol.iterator]()),
    protoOf('a'.matchAll(/a/g)),
    protoOf(Int8Array),
    protoOf(Int8Array.prototype),
  ];
})()
