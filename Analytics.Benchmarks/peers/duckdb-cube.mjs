// The day-of-week x hour cube of a canonical LivePeak order log, computed by DuckDB:
// distinct orders, items and GMV per slot. Prints {"seconds":..,"slots":..} as JSON.
// Usage: node duckdb-cube.mjs FILE [THREADS]
import { DuckDBInstance } from '@duckdb/node-api';

const [file, threads] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : {});
const connection = await instance.connect();
// The path is passed as a bound parameter, never pasted into the SQL text.
const sql = `
  SELECT isodow(created_at) AS day, hour(created_at) AS hour,
         count(DISTINCT (shop, order_id, created_at::DATE)) AS orders,
         sum(quantity) AS items, sum(amount) AS gmv
  FROM read_csv($1, header = true, columns = {
    'order_id': 'VARCHAR', 'created_at': 'TIMESTAMP', 'shop': 'VARCHAR',
    'product_id': 'VARCHAR', 'quantity': 'BIGINT', 'amount': 'BIGINT' })
  GROUP BY ALL`;
const started = process.hrtime.bigint();
const prepared = await connection.prepare(sql);
prepared.bindVarchar(1, file);
const reader = await prepared.runAndReadAll();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ seconds, slots: reader.getRows().length }));
