import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Unknown fields and wrong types are rejected with a message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors: ValidationError[]) => new BadRequestException(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    // class-validator repeats the name ("job_id must be a UUID"); say it once: "job_id: must be a UUID".
    const own = Object.values(e.constraints ?? {}).map((m) => {
      for (const lead of [`property ${e.property} `, `${e.property} `]) {
        if (m.startsWith(lead)) return `${path}: ${m.slice(lead.length)}`;
      }
      return `${path}: ${m}`;
    });
    return [...own, ...flatten(e.children ?? [], path)];
  });
}
