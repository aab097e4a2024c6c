/**
 * The verbs of `zhixiao`, in the order `--help` lists them. Each verb is one module of this folder;
 * add a verb by adding its module and one line here.
 */
import type { CliCommand } from '../types';
import calc from './calc';
import recognize from './recognize';
import verify from './verify';
import fill from './fill';
import aggregate from './aggregate';
import merge from './merge';
import report from './report';

export const COMMANDS: CliCommand[] = [calc, recognize, verify, fill, aggregate, merge, report];
