--TEST--
catch clauses and instanceof by a user interface and by Throwable
--FILE--
<?php
interface Marker {}
class MyEx extends RuntimeException implements Marker {}
try { throw new MyEx("m"); } catch (Marker $e) { echo "caught ", $e->getMessage(), "\n"; }
try { throw new MyEx("n"); } catch (LogicException | Marker $e) { echo "second ", $e->getMessage(), "\n"; }
var_dump(new MyEx instanceof Throwable, new MyEx instanceof Stringable, new MyEx instanceof Marker);
--EXPECT--
caught m
second n
bool(true)
bool(true)
bool(true)
