import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthedUser } from '../common/public.decorator';
import { ApplicationsService } from './applications.service';
import { CreateApplicationDto, ListApplicationsQuery, UpdateApplicationDto } from './dto/application.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/job-list/applications')
export class ApplicationsController {
  constructor(@Inject(ApplicationsService) private readonly service: ApplicationsService) {}

  @Get()
  async list(@CurrentUser() user: AuthedUser, @Query() query: ListApplicationsQuery) {
    return { applications: await this.service.list(user.id, query.status) };
  }

  @Get(':id')
  get(@CurrentUser() user: AuthedUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(user.id, id);
  }

  @Post()
  create(@CurrentUser() user: AuthedUser, @Body() body: CreateApplicationDto) {
    return this.service.create(user.id, body);
  }

  @Put(':id')
  update(
    @CurrentUser() user: AuthedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateApplicationDto,
  ) {
    return this.service.update(user.id, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.service.remove(user.id, id);
  }
}
