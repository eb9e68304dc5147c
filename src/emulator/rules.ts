/**
 * Parses a `search`/`filter` parameter against a resource's rules and turns every problem
 * into the Okta error the resource uses (E0000031, or E0000053 for the System Log).
 *
 * @module
 */
import { OktaHttpError } from "./errors.ts";
import {
  checkFilter,
  type FilterNode,
  type FilterRules,
  FilterSyntaxError,
  parseFilter,
} from "./filter.ts";

/** Parses and validates an expression; throws an Okta 400 on any problem. */
export function compileExpression(
  param: string,
  input: string,
  rules: FilterRules,
  code: "E0000031" | "E0000053" = "E0000031",
): FilterNode {
  let node: FilterNode;
  try {
    node = parseFilter(input);
  } catch (error) {
    if (!(error instanceof FilterSyntaxError)) throw error;
    if (error.badOperator !== undefined && code === "E0000053") {
      throw new OktaHttpError(
        "E0000053",
        `Invalid filter parameter: Unrecognized attribute operator '${error.badOperator}'. Expected: eq,co,sw,pr,gt,ge,lt,le`,
        { causes: [`${param}: ${error.message}`] },
      );
    }
    throw new OktaHttpError(
      code,
      code === "E0000031" ? "Invalid search criteria." : "Invalid filter parameter.",
      {
        causes: [`${param}: ${error.message}`],
      },
    );
  }
  const problem = checkFilter(node, rules);
  if (problem) {
    throw new OktaHttpError("E0000031", "Invalid search criteria.", {
      causes: [`${param}: ${problem}`],
    });
  }
  return node;
}

/** Rules from a table `attribute → operators`, with an optional fallback for prefixes. */
export function tableRules(
  table: Record<string, readonly string[]>,
  options: { allowNot?: boolean; fallback?: (attr: string) => readonly string[] | undefined } = {},
): FilterRules {
  return {
    allowNot: options.allowNot ?? false,
    operators: (attr) => table[attr] ?? options.fallback?.(attr),
  };
}
