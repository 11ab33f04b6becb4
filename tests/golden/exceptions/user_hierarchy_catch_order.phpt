--TEST--
catch blocks are tried in order, so the first matching clause wins even if a later one is more specific
--FILE--
<?php
class AppException extends Exception {}
class DbException extends AppException {}
class QueryException extends DbException {}
function attempt($e) {
    try {
        throw $e;
    } catch (DbException $x) {
        echo "DbException clause got ", get_class($x), "\n";
    } catch (QueryException $x) {
        echo "QueryException clause (unreachable)\n";
    } catch (AppException $x) {
        echo "AppException clause got ", get_class($x), "\n";
    } catch (Exception $x) {
        echo "Exception clause got ", get_class($x), "\n";
    }
}
attempt(new QueryException());
attempt(new DbException());
attempt(new AppException());
attempt(new LogicException());
--EXPECT--
DbException clause got QueryException
DbException clause got DbException
AppException clause got AppException
Exception clause got LogicException
