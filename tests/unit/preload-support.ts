import { contract } from '../../shared/contract';
import { OP_NAMES } from '../../shared/contract/names';

export const opNamesMatchContract = () => [...OP_NAMES].sort().join() === Object.keys(contract).sort().join();
