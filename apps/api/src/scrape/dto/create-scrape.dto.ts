import { SOURCE_NAMES } from '@app/contracts';
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

export class CreateScrapeDto {
  @ApiProperty({ enum: SOURCE_NAMES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIn(SOURCE_NAMES, { each: true })
  sources!: Array<(typeof SOURCE_NAMES)[number]>;

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
