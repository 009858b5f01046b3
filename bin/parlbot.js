#!/usr/bin/env node
// The `parlbot` command. The sources are TypeScript; tsx compiles them on the fly so that
// `npx parlbot` works straight after `npm ci`, with no build step to forget.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
