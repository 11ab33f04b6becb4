--TEST--
%% is a literal percent; %5% also prints one but consumes an argument
--FILE--
<?php
echo sprintf("100%% [%5%]", "consumed"), "\n";
echo sprintf("[%5%]");
--EXITCODE--
255
--EXPECTF--
100%% [%%]

Fatal error: Uncaught ArgumentCountError: 3 arguments are required, 1 given in %s:3
Stack trace:
#0 %s(3): sprintf('[%%5%%]')
#1 {main}
  thrown in %s on line 3
