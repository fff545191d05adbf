import { describe, expect, it } from 'vitest';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { qualification } from '../../../templates/qualification';
import { resultsOf } from './resultsOf';

const golden = {
  team_size: '16-50',
  needs: ['sso', 'api'],
  budget: '1000-5000',
  current_tool: 'helpdesk',
  timeline: 'this-quarter',
  role: 'decide',
  name: 'Sam Okoro',
  email: 'sam.okoro@brightwave.example',
  company: 'Brightwave',
  consent: 'on',
};

/** Nothing that scores, to which each case adds its own answers. */
const lowest = {
  ...golden,
  team_size: '1-3',
  needs: [],
  budget: 'under-200',
  current_tool: 'inbox',
  timeline: 'later',
  role: 'research',
};

const outcomeOf = (change: Record<string, string | string[]>) =>
  resultsOf(qualification, { ...lowest, ...change }).quiz;

describe('the qualification quiz', () => {
  it('stores the golden answers', () => {
    expect(validateAnswers(qualification, golden)).toEqual({
      ok: true,
      answers: {
        team_size: '16-50',
        needs: ['sso', 'api'],
        budget: '1000-5000',
        current_tool: 'helpdesk',
        timeline: 'this-quarter',
        role: 'decide',
        name: 'Sam Okoro',
        email: 'sam.okoro@brightwave.example',
        company: 'Brightwave',
        consent: true,
      },
    });
  });

  it('recommends Enterprise to a 16–50 team that needs single sign-on, and scores a deciding buyer hot', () => {
    const results = resultsOf(qualification, golden);
    // 16-50 team 8 + SSO 6 + API 3 + $1,000–5,000 6 + another helpdesk 3 + this quarter 1.
    expect(results.quiz).toMatchObject({ total: 27, categories: {}, outcome: { id: 'enterprise' } });
    // budget 20 + this quarter 15 + team 10 + decision maker 20.
    expect(results.lead).toEqual({
      score: 65,
      tier: 'hot',
      reasons: ['Budget $1,000–$5,000 a month', 'Wants to start this quarter', 'Team of 16–50', 'Decision maker'],
    });
  });

  it('recommends Enterprise from exactly 24 points and Growth at 23', () => {
    expect(outcomeOf({ team_size: '51+', budget: 'over-5000', current_tool: 'helpdesk' })).toMatchObject({
      total: 24,
      outcome: { id: 'enterprise' },
    });
    expect(outcomeOf({ team_size: '51+', budget: 'over-5000', timeline: 'this-month' })).toMatchObject({
      total: 23,
      outcome: { id: 'growth' },
    });
  });

  it('recommends Growth from exactly 12 points and Starter at 11', () => {
    expect(outcomeOf({ team_size: '4-15', budget: '200-1000', needs: ['sla'] })).toMatchObject({
      total: 12,
      outcome: { id: 'growth' },
    });
    expect(outcomeOf({ team_size: '4-15', budget: '200-1000', needs: ['audit'] })).toMatchObject({
      total: 11,
      outcome: { id: 'starter' },
    });
  });

  it('recommends Starter to a small team with no budget, needs or tool, and drops the empty needs', () => {
    const verdict = validateAnswers(qualification, lowest);
    expect(verdict.ok && 'needs' in verdict.answers).toBe(false);
    expect(outcomeOf({})).toMatchObject({ total: 0, outcome: { id: 'starter' } });
  });

  it('is a warm lead from exactly 30 points and hot from exactly 60', () => {
    expect(resultsOf(qualification, { ...lowest, role: 'decide', team_size: '16-50' }).lead).toMatchObject({
      score: 30,
      tier: 'warm',
    });
    expect(resultsOf(qualification, { ...lowest, role: 'decide', team_size: '4-15' }).lead).toMatchObject({
      score: 20,
      tier: 'cold',
    });
    const big = { ...lowest, budget: 'over-5000', team_size: '51+', role: 'recommend' };
    expect(resultsOf(qualification, big).lead).toMatchObject({ score: 60, tier: 'hot' });
    expect(resultsOf(qualification, { ...big, role: 'research' }).lead).toMatchObject({ score: 50, tier: 'warm' });
  });

  it('takes points off for a personal email address and for only researching', () => {
    const answers = { ...lowest, timeline: 'researching', email: 'sam.okoro@gmail.com' };
    expect(resultsOf(qualification, answers).lead).toEqual({
      score: -25,
      tier: 'cold',
      reasons: ['Only researching', 'Personal email address'],
    });
  });

  it('shows the visitor the plan and nothing of the lead score', () => {
    expect(qualification.quiz?.gate).toBe(false);
    expect(visitorResults(qualification, resultsOf(qualification, golden))).toEqual({
      figures: [],
      outcome: { id: 'enterprise', title: 'Enterprise', url: '/f/qualification/outcome/enterprise/' },
    });
  });

  it('rejects a missing team size, an unknown need, a bad work email and no company', () => {
    const result = validateAnswers(qualification, {
      ...golden,
      team_size: '',
      needs: ['sso', 'fax'],
      email: 'sam.okoro@',
      company: ' ',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        team_size: 'Please choose an option for “How many people answer your customers?”.',
        needs: 'Choose one of the listed options.',
        email: 'Enter an email address like name@example.com.',
        company: 'Please fill in “Company”.',
      },
    });
  });
});
