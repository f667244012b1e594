import { openData } from '../lib/open-data/records';
import type { OpenData } from '../schemas/open-data';
import { model } from './model';

/**
 * The records of `/data/`, made once per build from the model and shared by
 * the files (`/data/<name>.json` and `.csv`) and the page that describes them:
 * made on each, they went through every fact of the archive twice.
 */
export const openDataRecords: OpenData = openData(model);
