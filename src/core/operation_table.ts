/**
 * The operation table, decoded once when this module loads from the data that `tools/codegen`
 * writes into `src/generated/operations.ts`. The client, the emulator, the tasks and the
 * command line all read the table from here.
 *
 * @module
 */
import type { Operation } from "./operation.ts";
import { decodeOperationTable, type OperationTable } from "./operation_codec.ts";
import { OPERATION_COUNT, OPERATION_ROWS } from "../generated/operations.ts";

const TABLE: OperationTable = decodeOperationTable(OPERATION_ROWS);

/** Every operation of the Okta Management API: the primary spec, then the supplements' extras. */
export const OPERATIONS: readonly Operation[] = TABLE.operations;

/** Request content types for the operations whose body is not plain JSON or multipart. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = TABLE.contentTypes;

export { OPERATION_COUNT };
