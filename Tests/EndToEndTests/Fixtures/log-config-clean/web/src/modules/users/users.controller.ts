import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Logger,
  Param,
  ParseIntPipe,
  Post,
} from "@nestjs/common";

import { CreateUserDto } from "./dto/create-user.dto";
import { UsersService } from "./users.service";

@Controller("users")
export class UsersController {
  private readonly logger = new Logger(UsersController.name);

  constructor(private readonly users: UsersService) {}

  @Get(":id")
  async findOne(@Param("id", ParseIntPipe) id: number) {
    const user = await this.users.findById(id);
    if (!user) {
      this.logger.debug(`user ${id} not found`);
      throw new HttpException("user not found", HttpStatus.NOT_FOUND);
    }
    return user;
  }

  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateUserDto) {
    const role = dto.role ?? "member";
    const user = await this.users.create({ ...dto, role });
    // role=${role} is interpolated: the message makes no claim about role.
    this.logger.log(`created user ${user.id} role=${role}`);
    return user;
  }
}
