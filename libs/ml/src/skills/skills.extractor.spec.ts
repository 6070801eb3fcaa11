import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractSkills, lookupSkill, normalizeSkillName } from './index';

const names = (text: string): string[] => extractSkills(text).mentions.map((m) => m.name);
const mention = (text: string, name: string) => extractSkills(text).mentions.find((m) => m.name === name);

void describe('extractSkills: aliases', () => {
  const cases: [string, string][] = [
    ['k8s', 'Kubernetes'],
    ['JS', 'JavaScript'],
    ['Postgres', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['golang', 'Go'],
    ['ReactJS', 'React'],
    ['React.js', 'React'],
    ['GCP', 'Google Cloud'],
    ['sklearn', 'scikit-learn'],
    ['scikit-learn', 'scikit-learn'],
    ['NodeJS', 'Node.js'],
    ['Amazon Web Services', 'AWS'],
  ];
  for (const [alias, canonical] of cases) {
    void it(`maps "${alias}" to ${canonical}`, () => {
      assert.deepEqual(names(`Experience with ${alias} in production.`), [canonical]);
    });
  }

  void it('puts each canonical name in its category list once, in order of first occurrence', () => {
    const out = extractSkills('Docker, Python, teamwork, Jira, python3, Docker and k8s');
    assert.deepEqual(out.technical_skills, ['Python']);
    assert.deepEqual(out.tools, ['Docker', 'Jira', 'Kubernetes']);
    assert.deepEqual(out.soft_skills, ['Teamwork']);
    assert.equal(out.mentions.length, 7);
  });

  void it('reports offsets and the surface as written', () => {
    const text = 'We use  React.js and k8s.';
    const out = extractSkills(text);
    for (const m of out.mentions) assert.equal(text.slice(m.start, m.end), m.surface);
    assert.deepEqual(
      out.mentions.map((m) => [m.surface, m.category, m.group]),
      [
        ['React.js', 'technical', 'frontend'],
        ['k8s', 'tool', 'devops'],
      ],
    );
  });
});

void describe('extractSkills: multi-word and punctuated names', () => {
  void it('matches C++, C#, .NET, ASP.NET, Node.js, CI/CD and A/B testing', () => {
    assert.deepEqual(names('C++, C#, .NET, ASP.NET Core, Node.js, CI/CD, A/B testing'), [
      'C++',
      'C#',
      '.NET',
      'ASP.NET',
      'Node.js',
      'CI/CD',
      'A/B testing',
    ]);
  });

  void it('prefers the longest name and treats a hyphen like a space', () => {
    assert.deepEqual(names('Spring Boot and machine-learning on Google Cloud Platform'), [
      'Spring Boot',
      'Machine learning',
      'Google Cloud',
    ]);
  });

  void it('does not match a name inside a longer word', () => {
    assert.deepEqual(names('JavaScripting, Reactive, Gopher, Cplex'), []);
  });
});

void describe('extractSkills: ambiguous common words', () => {
  const clean = [
    "Let's go to market next quarter.",
    'We closed our Series C and R&D grew; we hire C-level execs.',
    'He was a C student, but go-getters go far.',
    'Spark joy and express yourself; you will excel at sales; make sure to plan.',
    'Sous Chef wanted; our Head Chef trains you. Swift delivery matters.',
    'Less than three years? Ready to go? We are in Phoenix, AZ.',
    'The Rust belt; meet with Ray on Monday.',
  ];
  for (const text of clean) {
    void it(`finds nothing in "${text}"`, () => assert.deepEqual(names(text), []));
  }

  void it('accepts a common-word name with a cue or a neighbouring skill', () => {
    assert.deepEqual(names('Go developer; we write services in Go.'), ['Go', 'Go']);
    assert.deepEqual(names('Skills: Python, R, SQL'), ['Python', 'R', 'SQL']);
    assert.deepEqual(names('Apache Spark and Express.js; Chef and Puppet; Sass/Less'), [
      'Apache Spark',
      'Express.js',
      'Chef',
      'Puppet',
      'Sass',
      'Less',
    ]);
    assert.deepEqual(names('Written in C and some Swift code'), ['C', 'Swift']);
  });

  void it('reads "X in Y" as listed together and keeps everyday senses out', () => {
    assert.deepEqual(names('3+ years of C# in Unity; BDD with Cucumber'), [
      'C#',
      'Unity',
      'Behavior-driven development',
      'Cucumber',
    ]);
    assert.deepEqual(names('We bootstrap new services on bare-metal servers.'), []);
    assert.deepEqual(names('Apply at https://example.com or http://jobs.example.com'), []);
    assert.deepEqual(names('Tools: Slack, Zoom and Excel'), ['Slack', 'Zoom', 'Microsoft Excel']);
  });

  void it('needs the exact casing for case-sensitive forms', () => {
    assert.deepEqual(names('we react to incidents; go and python'), ['Python']);
    assert.deepEqual(names('Built with React'), ['React']);
  });
});

void describe('extractSkills: years of experience', () => {
  const cases: [string, string, number][] = [
    ['5+ years of Python', 'Python', 5],
    ['3 years experience with AWS', 'AWS', 3],
    ['Python (4 yrs)', 'Python', 4],
    ['Go: 3+ years', 'Go', 3],
    ['3-5 years of Java', 'Java', 3],
    ['five years of Kotlin', 'Kotlin', 5],
    ['Minimum 4 years of experience with React, Redux and TypeScript.', 'TypeScript', 4],
  ];
  for (const [text, name, years] of cases) {
    void it(`reads ${years} years of ${name} from "${text}"`, () =>
      assert.equal(mention(text, name)?.years, years));
  }

  void it('does not carry years across a sentence or onto the next skill after a postfix', () => {
    assert.equal(mention('2 years of Go. Docker is used too.', 'Docker')?.years, undefined);
    assert.equal(mention('Java (6 yrs), Spring Boot', 'Spring Boot')?.years, undefined);
    assert.equal(mention('Java (6 yrs), Spring Boot', 'Java')?.years, 6);
  });
});

void describe('extractSkills: requirement level', () => {
  const posting = [
    'About us',
    'We use Docker everywhere.',
    'Requirements',
    '- Python',
    '- Experience with Kafka is a plus',
    'Nice to have',
    '- Airflow',
    '- Must have used SQL',
    'Benefits',
    '- Free Jira licences',
  ].join('\n');
  const level = (name: string) => mention(posting, name)?.requirement;

  void it('takes the level from the section heading', () => {
    assert.equal(level('Docker'), undefined);
    assert.equal(level('Python'), 'required');
    assert.equal(level('Apache Airflow'), 'nice_to_have');
    assert.equal(level('Jira'), undefined);
  });

  void it('lets a phrase in the same sentence override the section', () => {
    assert.equal(level('Apache Kafka'), 'nice_to_have');
    assert.equal(level('SQL'), 'required');
  });

  void it('reads inline labels', () => {
    assert.equal(
      mention('Must have: Kafka. Nice to have: Spark', 'Apache Spark')?.requirement,
      'nice_to_have',
    );
    assert.equal(mention('Preferred: Terraform', 'Terraform')?.requirement, 'nice_to_have');
  });
});

void describe('extractSkills: edge input', () => {
  void it('returns empty lists for empty or blank text', () => {
    for (const text of ['', '   \n\t ']) {
      assert.deepEqual(extractSkills(text), {
        technical_skills: [],
        soft_skills: [],
        tools: [],
        mentions: [],
      });
    }
  });

  void it('handles non-ASCII text and keeps offsets right', () => {
    const text = 'Jürgen (Zürich 🇨🇭): Python und Kafka-Erfahrung, Teamfähigkeit, PostgreSQL.';
    const out = extractSkills(text);
    assert.deepEqual(out.technical_skills, ['Python', 'Apache Kafka', 'PostgreSQL']);
    for (const m of out.mentions) assert.equal(text.slice(m.start, m.end), m.surface);
  });
});

void describe('lookupSkill and normalizeSkillName', () => {
  void it('finds entries by any alias, ignoring case and spacing', () => {
    assert.equal(lookupSkill('K8S')?.name, 'Kubernetes');
    assert.equal(lookupSkill('  postgres ')?.name, 'PostgreSQL');
    assert.equal(lookupSkill('go')?.name, 'Go');
    assert.equal(lookupSkill('Machine-Learning')?.category, 'technical');
    assert.equal(lookupSkill('underwater basket weaving'), undefined);
  });

  void it('normalises known names and tidies unknown ones', () => {
    assert.equal(normalizeSkillName('reactjs'), 'React');
    assert.equal(normalizeSkillName('  Basket   weaving '), 'Basket weaving');
  });
});
