// Copies the DKFDS distribution (css, js, fonts, img) into the Spring Boot static resources.
import { cpSync, mkdirSync } from 'node:fs';

const target = 'target/classes/static/dkfds';
mkdirSync(target, { recursive: true });
for (const part of ['css', 'js', 'fonts', 'img']) {
  cpSync(`node_modules/dkfds/dist/${part}`, `${target}/${part}`, { recursive: true });
}
console.log(`DKFDS copied to ${target}`);
