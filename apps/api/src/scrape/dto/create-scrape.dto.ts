import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const SOURCE_VALUES = [
  'indeed',
  'dice',
  'wellfound',
  'ycombinator',
  'builtin',
  'greenhouse',
  'lever',
  'ashby',
  'remoteok',
  'hackernews',
] as const;

export class CreateScrapeDto {
  @ApiProperty({ enum: SOURCE_VALUES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIn(SOURCE_VALUES, { each: true })
  sources!: Array<(typeof SOURCE_VALUES)[number]>;

  @ApiProperty({ example: 'machine learning engineer' })
  @IsString()
  @MaxLength(200)
  keywords!: string;

  @ApiPropertyOptional({ example: 'San Francisco, CA' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({
    description: 'Board slug for Greenhouse, Lever, Ashby; company slug for YC',
    example: 'vercel',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  board?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  max_pages?: number;
}
