/**
 * Where the fact bases live. A module of its own, without dependencies, so that the command line
 * (`parlbot ask`, `extract`) names the same paths as the configuration without loading its validator.
 */

/** The ignored folder where a running bot keeps everything it writes (nothing tracked is written). */
export const LIVE_DIR = "data/live";
/** The live fact base: the committed one plus ingested articles. */
export const LIVE_FACTS_PATH = `${LIVE_DIR}/facts.json`;
/** The committed fact base, what `parlbot extract` makes of seeds/. */
export const COMMITTED_FACTS_PATH = "data/facts.json";
