import { Injectable } from '@nestjs/common';
import type { JobRow, MatchScoreRow, ResumeRow } from '@app/db';
import { analyzeJob, analyzeResume, scoreMatch, type JobAnalysis, type ResumeAnalysis } from '@app/ml';

/**
 * Scores one job against one resume and shapes the row. Resume analyses are cached by content
 * hash, since one resume is scored against thousands of jobs.
 */
@Injectable()
export class MatchScoringService {
  private readonly resumes = new Map<string, ResumeAnalysis>();

  score(job: JobRow, resume: ResumeRow, jobAnalysis: JobAnalysis = this.analyzeJob(job)): MatchScoreRow {
    const m = scoreMatch(jobAnalysis, this.analyzeResume(resume));
    return {
      user_id: resume.user_id,
      resume_id: resume.id,
      job_id: job.id,
      resume_hash: resume.content_hash,
      overall_score: m.overall,
      skills_score: m.skills_score,
      experience_score: m.experience_score,
      education_score: m.education_score,
      matched_skills: m.matched_skills,
      missing_skills: m.missing_skills,
      evidence: { experience: m.experience, education: m.education, explanation: m.explanation },
    };
  }

  analyzeJob(job: JobRow): JobAnalysis {
    return analyzeJob(job.description, job.title);
  }

  private analyzeResume(resume: ResumeRow): ResumeAnalysis {
    const key = `${resume.id}:${resume.content_hash}`;
    let a = this.resumes.get(key);
    if (!a) {
      a = analyzeResume(resume.content);
      if (this.resumes.size > 500) this.resumes.delete(this.resumes.keys().next().value as string);
      this.resumes.set(key, a);
    }
    return a;
  }
}
