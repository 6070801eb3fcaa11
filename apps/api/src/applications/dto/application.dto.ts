import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@app/db';

export class ApplicationFieldsDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ example: '2026-11-20' })
  @IsOptional()
  @IsISO8601({ strict: true })
  applied_date?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  notes?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  resume_version?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  cover_letter?: string;

  @ApiPropertyOptional({ example: '2026-12-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  reminder_date?: string;
}

export class CreateApplicationDto extends ApplicationFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  job_id!: string;
}

export class UpdateApplicationDto extends ApplicationFieldsDto {
  @ApiPropertyOptional({ description: 'Why the status changed; kept on the timeline' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  timeline_note?: string;
}

export class ListApplicationsQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;
}
