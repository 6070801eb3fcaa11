import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJobKey, employerApplyUrl, jobContentHash, normalizeTitle } from './job-keys';
import { containment, isNearDuplicate, wordShingles } from './near-duplicate';

const description =
  'We are looking for a Senior Backend Engineer to design and build the APIs that power our payments platform. ' +
  'You will work with Go, PostgreSQL and Kafka, own services end to end, mentor engineers and improve reliability. ' +
  'Requirements: 5+ years building distributed systems, strong SQL, experience with Kubernetes and AWS. ' +
  'Nice to have: Rust, gRPC, event sourcing. We offer equity, health insurance and a remote-friendly culture.';

describe('dedup keys', () => {
  it('gives the same canonical key to the same posting written two ways', () => {
    const a = canonicalJobKey({
      company: 'Acme, Inc.',
      title: 'Sr. Backend Eng (Remote)',
      location: 'Remote - US',
      location_type: 'remote',
    });
    const b = canonicalJobKey({
      company: 'ACME',
      title: 'Senior Backend Engineer',
      location: 'Remote (US)',
      location_type: 'remote',
    });
    assert.equal(a, b);
    const other = canonicalJobKey({
      company: 'Acme',
      title: 'Senior Frontend Engineer',
      location: 'Remote',
      location_type: 'remote',
    });
    assert.notEqual(a, other);
    assert.equal(normalizeTitle('Staff ML Eng II'), 'staff machine learning engineer 2');
  });

  it('hashes content so only real edits change it', () => {
    const job = { title: 'Engineer', company: 'Acme', location: 'NYC', salary_text: null, description };
    assert.equal(
      jobContentHash(job),
      jobContentHash({ ...job, description: `  ${description.replace(/ /g, '  ')} ` }),
    );
    assert.notEqual(
      jobContentHash(job),
      jobContentHash({ ...job, description: description + ' Visa sponsorship.' }),
    );
    assert.match(jobContentHash(job), /^[0-9a-f]{32}$/);
  });

  it('calls a trimmed copy of the same role a near-duplicate, and nothing else', () => {
    const a = { normalizedTitle: normalizeTitle('Senior Backend Engineer'), description };
    const truncated = {
      normalizedTitle: normalizeTitle('Sr. Backend Engineer'),
      description: description.slice(0, 300),
    };
    const padded = {
      normalizedTitle: a.normalizedTitle,
      description: `${description} Apply on our website today.`,
    };
    const otherRole = { normalizedTitle: normalizeTitle('Senior Frontend Engineer'), description };
    const otherText = {
      normalizedTitle: a.normalizedTitle,
      description:
        'Join our hospital as a registered nurse on the night shift. Patient care, medication administration, ' +
        'charting in Epic, and coordination with physicians. BLS and ACLS certification required. Union position.',
    };
    assert.equal(isNearDuplicate(a, truncated), true);
    assert.equal(isNearDuplicate(a, padded), true);
    assert.equal(isNearDuplicate(a, otherRole), false, 'a different role with the same boilerplate');
    const otherLevel = { normalizedTitle: normalizeTitle('Staff Backend Engineer'), description };
    assert.equal(isNearDuplicate(a, otherLevel), false, 'another level of the same role is another posting');
    assert.equal(isNearDuplicate(a, otherText), false);
    assert.equal(
      isNearDuplicate(
        { normalizedTitle: 'x', description: 'short' },
        { normalizedTitle: 'x', description: 'short' },
      ),
      false,
    );
    assert.ok(containment(wordShingles(description), wordShingles(description.slice(0, 300))) > 0.95);
  });

  it("prefers the employer's own apply URL over a board link", () => {
    assert.equal(
      employerApplyUrl({
        source: 'greenhouse',
        url: 'https://boards.greenhouse.io/acme/jobs/1',
        apply_url: null,
      }),
      'https://boards.greenhouse.io/acme/jobs/1',
    );
    assert.equal(
      employerApplyUrl({
        source: 'dice',
        url: 'https://www.dice.com/job/1',
        apply_url: 'https://acme.com/careers/1',
      }),
      'https://acme.com/careers/1',
    );
    assert.equal(
      employerApplyUrl({
        source: 'indeed',
        url: 'https://www.indeed.com/viewjob?jk=1',
        apply_url: 'https://www.indeed.com/apply/1',
      }),
      null,
    );
  });
});
