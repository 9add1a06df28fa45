// Writes the benchmark's in-memory data (deterministic) as JSON: both engines load this same file.
// 20 organizations x 10 offices x 5 holders (4 people, 1 council) x 3 tenures per person.
import { writeFileSync } from 'node:fs';

const kinds = ['PARTY', 'STATE', 'GOVERNMENT', 'PROVINCE'];
const organizations = [];
for (let o = 0; o < 20; o++) {
  const offices = [];
  for (let f = 0; f < 10; f++) {
    const holders = [];
    for (let h = 0; h < 5; h++) {
      const id = `${o}-${f}-${h}`;
      if (h === 4) {
        holders.push({ __typename: 'Council', id: `council-${id}`, name: `Council ${id}`, seats: 10 + h + f });
        continue;
      }
      const tenures = [];
      for (let t = 0; t < 3; t++) {
        tenures.push({ from: `${1990 + t * 5 + h}-01-0${1 + t}`, to: t === 2 ? null : `${1995 + t * 5 + h}-12-31`, acting: (t + h) % 2 === 0 });
      }
      holders.push({ __typename: 'Person', id: `person-${id}`, fullName: `Person ${id}`, born: h % 3 === 0 ? null : 1940 + o + h, tenures });
    }
    offices.push({ id: `office-${o}-${f}`, title: `Office ${f} of ${o}`, rank: f + 1, holders });
  }
  organizations.push({ __typename: 'Organization', id: `org-${o}`, name: `Organization ${o}`, kind: kinds[o % 4], founded: o % 5 === 0 ? null : 1930 + o, offices });
}
writeFileSync(process.argv[2], JSON.stringify({ organizations }));
