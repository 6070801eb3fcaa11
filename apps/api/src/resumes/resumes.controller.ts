import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthedUser } from '../common/public.decorator';
import { CreateResumeDto } from './dto/create-resume.dto';
import { ResumesService } from './resumes.service';

@ApiTags('resumes')
@ApiBearerAuth()
@Controller('api/resumes')
export class ResumesController {
  constructor(@Inject(ResumesService) private readonly service: ResumesService) {}

  @Post()
  create(@CurrentUser() user: AuthedUser, @Body() body: CreateResumeDto) {
    return this.service.create(user.id, body);
  }

  @Get()
  async list(@CurrentUser() user: AuthedUser) {
    return { resumes: await this.service.list(user.id) };
  }

  @Get(':id')
  get(@CurrentUser() user: AuthedUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(user.id, id);
  }
}
