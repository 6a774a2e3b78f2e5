#!/usr/bin/env node
// Two instances on one database with the reminders' cron every 10 s: from their logs, how many runs each made and
// skipped and how many reminders each reported new; in PostgreSQL, how many reminders exist and how many twice.
//   node faults/reminders.mjs --logs backend-A.log,backend-B.log
import { readFileSync } from 'node:fs';
import { parseArgs } from '../load/lib.mjs';
import { sql } from './lib.mjs';

const args = parseArgs({ logs: '' });
const instances = args.logs.split(',').map((file) => {
  const text = readFileSync(file, 'utf8');
  const runs = [...text.matchAll(/Reminders: (\d+) new/g)].map((m) => +m[1]);
  const skipped = (text.match(/another instance is running them/g) ?? []).length; // a skipped run logs "0 new" too
  return { log: file.split('/').pop(), runs: runs.length - skipped, skipped,
    reportedNew: runs.reduce((a, b) => a + b, 0), runsThatMadeReminders: runs.filter((n) => n > 0).length };
});
const [[rows]] = sql('SELECT count(*) FROM notification');
const [[twice]] = sql(`SELECT count(*) FROM (SELECT 1 FROM notification GROUP BY kind, item_type, item_id, occurrence_due,
  coalesce(body_id, 0), coalesce(school_id, 0) HAVING count(*) > 1) d`);
const reportedNew = instances.reduce((a, i) => a + i.reportedNew, 0);
console.log(JSON.stringify({ instances, notifications: +rows, storedTwice: +twice, reportedNew,
  eachMadeOnce: +twice === 0 && reportedNew === +rows, jobRunsThatMadeReminders: instances.reduce((a, i) => a + i.runsThatMadeReminders, 0) }, null, 1));
