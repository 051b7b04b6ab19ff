/** `npm run generate:order-check`: writes runtime/order/order-check.generated.ts from the order schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatOrderCheckModule, ORDER_CHECK_FILE } from './order-check-module';

const file = fileURLToPath(ORDER_CHECK_FILE);
writeFileSync(file, await formatOrderCheckModule());
console.log(`wrote ${file}`);
