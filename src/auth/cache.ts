/**
 * The optional device-grant token cache: one JSON file in the user's config folder
 * (`$XDG_CONFIG_HOME/oktakit/tokens.json` or `~/.config/oktakit/tokens.json`), mode 0600,
 * keyed by org + client + scopes. A file that group or others can read is refused.
 *
 * @module
 */
import { OktaAuthError } from "./errors.ts";
import type { TokenSet } from "./oauth_client.ts";

/** The environment variable that turns the cache on (`true`/`1`, or a file path). */
export const TOKEN_CACHE_ENV = "OKTA_CLIENT_TOKENCACHE";

/** Reads the value of {@link TOKEN_CACHE_ENV}: `true`, `false`, a path, or `undefined`. */
export function parseTokenCacheSetting(value: string | undefined): boolean | string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const v = value.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  return value.trim();
}

function env(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined; // no --allow-env for it
  }
}

/** The default cache file path. */
export function defaultTokenCachePath(): string {
  const xdg = env("XDG_CONFIG_HOME");
  if (xdg) return `${xdg.replace(/\/+$/, "")}/oktakit/tokens.json`;
  const home = env("HOME") ?? env("USERPROFILE");
  if (!home) {
    throw new OktaAuthError({
      error: "token_cache_unavailable",
      errorDescription:
        "Cannot locate the config folder: set XDG_CONFIG_HOME or HOME, or pass a tokenCache path",
    });
  }
  return `${home.replace(/\/+$/, "")}/.config/oktakit/tokens.json`;
}

/** The cache key of a token: org origin, client id and the sorted scopes. */
export function tokenCacheKey(orgUrl: URL, clientId: string, scopes: string[]): string {
  return `${orgUrl.origin} ${clientId} ${[...new Set(scopes)].sort().join(" ")}`;
}

interface CacheFile {
  version: 1;
  entries: Record<string, TokenSet>;
}

/** A token cache file. */
export class TokenCache {
  /** Path of the cache file. */
  readonly path: string;

  /** Opens (lazily) the cache file at `path`. */
  constructor(path: string) {
    this.path = path;
  }

  async #read(): Promise<CacheFile> {
    let info: Deno.FileInfo;
    try {
      info = await Deno.stat(this.path);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) return { version: 1, entries: {} };
      throw e;
    }
    if (info.mode !== null && (info.mode & 0o077) !== 0) {
      const mode = (info.mode & 0o777).toString(8).padStart(4, "0");
      throw new OktaAuthError({
        error: "insecure_token_cache",
        errorDescription:
          `Refusing the token cache ${this.path}: its mode ${mode} lets other users read it`,
      });
    }
    try {
      const parsed = JSON.parse(await Deno.readTextFile(this.path)) as CacheFile;
      if (parsed?.version === 1 && parsed.entries && typeof parsed.entries === "object") {
        return parsed;
      }
    } catch {
      // A corrupt cache is treated as empty and rewritten on the next save.
    }
    return { version: 1, entries: {} };
  }

  async #write(file: CacheFile): Promise<void> {
    const dir = this.path.slice(0, Math.max(this.path.lastIndexOf("/"), 0));
    if (dir) await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
    const temp = `${this.path}.${crypto.randomUUID()}.tmp`;
    try {
      await Deno.writeTextFile(temp, JSON.stringify(file, null, 2), {
        mode: 0o600,
        createNew: true,
      });
      await Deno.chmod(temp, 0o600);
      await Deno.rename(temp, this.path);
    } catch (e) {
      await Deno.remove(temp).catch(() => {});
      throw e;
    }
  }

  /** The token stored under `key`. */
  async get(key: string): Promise<TokenSet | undefined> {
    const entry = (await this.#read()).entries[key];
    if (!entry || typeof entry.accessToken !== "string" || typeof entry.expiresAt !== "number") {
      return undefined;
    }
    return entry;
  }

  /** Stores a token under `key`. */
  async set(key: string, token: TokenSet): Promise<void> {
    const file = await this.#read();
    file.entries[key] = token;
    await this.#write(file);
  }

  /** The keys stored, optionally only those starting with `prefix`. */
  async keys(prefix = ""): Promise<string[]> {
    return Object.keys((await this.#read()).entries).filter((k) => k.startsWith(prefix));
  }

  /** Removes the token stored under `key`; returns it if there was one. */
  async delete(key: string): Promise<TokenSet | undefined> {
    const file = await this.#read();
    const entry = file.entries[key];
    if (!entry) return undefined;
    delete file.entries[key];
    await this.#write(file);
    return entry;
  }
}
