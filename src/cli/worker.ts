// Worker entry for the batch pool (STUB).
export {};
