// Import cost: a script that only imports mod.ts.
import "../../mod.ts";
