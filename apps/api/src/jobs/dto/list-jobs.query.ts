import { SOURCE_NAMES } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const csv = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class ListJobsQuery {
  @ApiPropertyOptional({ description: 'Words in the title or company' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma-separated sources', example: 'greenhouse,lever' })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @IsIn(SOURCE_NAMES, { each: true })
  source?: string[];

  @ApiPropertyOptional({ description: 'Comma-separated: remote, hybrid, onsite' })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @IsIn(['remote', 'hybrid', 'onsite'], { each: true })
  location_type?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string;

  @ApiPropertyOptional({ description: 'Annual salary the range must reach' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  salary_min?: number;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  posted_after?: string;

  @ApiPropertyOptional({ description: 'Only jobs whose match score reaches this' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  min_score?: number;

  @ApiPropertyOptional({ enum: ['posted_date', 'created_at', 'match_score', 'salary'] })
  @IsOptional()
  @IsIn(['posted_date', 'created_at', 'match_score', 'salary'])
  sort_by?: 'posted_date' | 'created_at' | 'match_score' | 'salary';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order?: 'asc' | 'desc';

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
