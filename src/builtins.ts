// Node's fs, zlib and crypto, fetched when first needed instead of imported. Importing a built-in as an ES
// module makes Node load it and build its module facade while the library is imported, even by a caller
// that never reads a file: crypto and zlib load, and the facade of fs loads Node's streams. Together about
// 10 ms of importing the library (bench: "import of the library, not called"). getBuiltinModule returns the
// same module objects that an import or a require would.
export const nodeFs = () => process.getBuiltinModule('node:fs');
export const nodeFsPromises = () => process.getBuiltinModule('node:fs/promises');
export const nodeZlib = () => process.getBuiltinModule('node:zlib');
export const nodeCrypto = () => process.getBuiltinModule('node:crypto');
