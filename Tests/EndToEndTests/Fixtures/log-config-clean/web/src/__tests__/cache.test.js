// Skipped by log-contradicts-config (__tests__/ and *.test.js).
import { describe, expect, test } from "@jest/globals";

describe("cache flags", () => {
  test("disabled cache still logs its old state", () => {
    const cacheEnabled = false;
    console.info({ cache: "on" }, "cache state");
    expect(cacheEnabled).toBe(false);
  });
});
