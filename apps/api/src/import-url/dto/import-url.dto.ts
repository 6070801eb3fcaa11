import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { SOURCE_NAMES } from '@app/contracts';

export class ImportUrlDto {
  @ApiProperty({ example: 'https://boards.greenhouse.io/acme/jobs/123' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({
    enum: SOURCE_NAMES,
    description: 'Which parser reads the page; guessed from the URL and body when absent',
  })
  @IsOptional()
  @IsIn(SOURCE_NAMES)
  source?: (typeof SOURCE_NAMES)[number];
}
