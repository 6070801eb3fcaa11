import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateResumeDto {
  @ApiProperty({ description: 'The resume as plain text or Markdown' })
  @IsString()
  @MinLength(50, { message: 'content: a resume needs at least 50 characters' })
  @MaxLength(200_000)
  content!: string;

  @ApiPropertyOptional({ example: 'Backend resume, Nov 2026' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  title?: string;

  @ApiPropertyOptional({ enum: ['text', 'markdown'], description: 'Detected when absent' })
  @IsOptional()
  @IsIn(['text', 'markdown'])
  format?: 'text' | 'markdown';
}
